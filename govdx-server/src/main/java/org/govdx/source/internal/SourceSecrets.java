package org.govdx.source.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.crypto.SecretCipher;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Seals and opens the credentials of a data source; the only place they exist in plain text. */
@Component
public class SourceSecrets {

    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private final SecretCipher cipher;
    private final JsonMapper json;

    SourceSecrets(SecretCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public String sealPassword(long orgId, String password) {
        return password == null || password.isEmpty() ? null : cipher.encrypt(password, passwordContext(orgId));
    }

    public String sealHeaders(long orgId, Map<String, String> headers) {
        return headers == null || headers.isEmpty() ? null
                : cipher.encrypt(json.writeValueAsString(headers), headersContext(orgId));
    }

    public String password(DataSourceRow row) {
        return cipher.decrypt(row.passwordEnc(), row.passwordContext());
    }

    public Map<String, String> headers(DataSourceRow row) {
        String plain = cipher.decrypt(row.headersEnc(), row.headersContext());
        return plain == null ? Map.of() : json.readValue(plain, HEADERS);
    }

    private static String passwordContext(long orgId) {
        return "datasource:org=" + orgId + ":password";
    }

    private static String headersContext(long orgId) {
        return "datasource:org=" + orgId + ":headers";
    }
}
