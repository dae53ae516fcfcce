/**
 * Media types, binary media type matching and base64, shared by the integrations and gateway
 * responses. Not API: may change in any release.
 */
package io.apigwsim.internal.content;
