/**
 * The Lambda custom integration (type {@code AWS}): request and response mapping templates, integration
 * response selection by regex on the Lambda error, parameter mappings, passthrough behavior. Not API: may
 * change in any release.
 */
package io.apigwsim.internal.integration.custom;
