/** YAML and JSON definition files as nodes that remember their file, line and path, for exact error messages. */
package io.apigwsim.internal.loader.node;
