/**
 * REST API keys and usage plans at request time: which API key a request may use, the token buckets of the usage
 * plans and the stage, and the quota counts ({@link io.apigwsim.internal.usageplan.UsagePlans}). Pure: it answers
 * with a {@link io.apigwsim.internal.usageplan.UsageDecision}, and the pipeline renders the gateway response. Not
 * API: may change in any release.
 *
 * <p>Depends on the JDK and {@code io.apigwsim.definition} only. Time comes from the caller, never from the system
 * clock.
 */
package io.apigwsim.internal.usageplan;
