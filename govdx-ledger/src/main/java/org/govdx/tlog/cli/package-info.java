/**
 * The command-line verifier of GovDX checkpoints and proofs; see {@link org.govdx.tlog.cli.Main}.
 */
package org.govdx.tlog.cli;
