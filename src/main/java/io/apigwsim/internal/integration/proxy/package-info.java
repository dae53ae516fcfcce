/**
 * Building Lambda proxy events (REST API payload 1.0) and turning a Lambda proxy response into the
 * client response, including AWS's answer to malformed responses. Not API: may change in any release.
 */
package io.apigwsim.internal.integration.proxy;
