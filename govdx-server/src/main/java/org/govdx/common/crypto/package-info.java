/**
 * 国密 crypto for secrets at rest: {@link org.govdx.common.crypto.Sm4Gcm} (SM4-GCM) and
 * {@link org.govdx.common.crypto.SecretCipher} (versioned, context-bound sealed strings under the
 * master key of {@link org.govdx.common.crypto.MasterKeys}). The application exposes one
 * {@code SecretCipher} bean.
 */
package org.govdx.common.crypto;
