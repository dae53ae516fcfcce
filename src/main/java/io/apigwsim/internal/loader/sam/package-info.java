/**
 * Reads AWS SAM templates: the functions, the API a test serves (explicit or implicit), the routes its events and
 * definition body declare, and its access settings as SAM's transform writes them (docs/behavior.md#definition-sam).
 */
package io.apigwsim.internal.loader.sam;
