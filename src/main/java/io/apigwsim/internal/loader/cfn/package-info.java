/**
 * The CloudFormation layer under AWS SAM templates: parameters and their constraints, conditions, mappings, the
 * intrinsic functions resolved the way CloudFormation would in a fake account and region, and SAM's {@code Globals}
 * merge ({@link io.apigwsim.internal.loader.cfn.CloudFormationTemplate}). Not API: may change in any release.
 *
 * <p>Depends on the loader's nodes ({@code internal.loader.node}) only.
 */
package io.apigwsim.internal.loader.cfn;
