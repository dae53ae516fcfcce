/**
 * The one configured Jackson mapper and the JSON helpers built on it. Not API.
 */
package io.apigwsim.internal.json;
