/**
 * The Velocity engine set up the way API Gateway's VTL mapping templates behave ({@code $input}, {@code $util},
 * {@code $context}, {@code $stageVariables}), template compilation, and template errors with line and column. Not
 * API: may change in any release.
 *
 * <p>The only package that imports Apache Velocity (and the JSONPath library behind {@code $input.path} and
 * {@code $input.json}). Depends on {@code internal.json}, Velocity, JSONPath and the JDK; no other package of ours.
 * AWS behaviour is cited by the section of docs/behavior.md that holds its source; this package's sections are the
 * ones on Lambda custom integrations (docs/behavior.md#rest-lambda-custom-integrations).
 *
 * <p>Templates run sandboxed and bounded: {@code TemplateSandbox} decides what a template may call
 * (docs/behavior.md#vtl-sandbox), and {@code RenderLimits} how much one rendering may do (docs/behavior.md#vtl-limits).
 */
package io.apigwsim.internal.vtl;
