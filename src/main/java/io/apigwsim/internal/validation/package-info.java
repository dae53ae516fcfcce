/**
 * A REST API method's request validation: required request parameters and request body models (JSON Schema
 * draft 4), checked before the integration the way API Gateway's request validators do. Pure functions of the
 * request; the pipeline decides when to call them. Not API: may change in any release.
 */
package io.apigwsim.internal.validation;
