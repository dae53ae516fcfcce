/**
 * Snapshots of exchanges: the document a snapshot file holds, the placeholders that stand for values that change on
 * every run, the comparison and its path-by-path diff, the files and the switch that updates them, and which test is
 * asking. Not API: may change in any release.
 */
package io.apigwsim.internal.snapshot;
