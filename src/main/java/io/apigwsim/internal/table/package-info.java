/**
 * Request tables: reads the files of {@code @ApiGatewayRequests} (YAML tables of requests with their expectations,
 * and the {@code .http} files IDEs run) into {@link io.apigwsim.internal.table.TableEntry} values, every error naming
 * the file and line. Not API: it may change in any release.
 */
package io.apigwsim.internal.table;
