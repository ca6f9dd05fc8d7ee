package org.govdx.source.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.MountState;
import org.govdx.catalog.MountStatusProvider;
import org.govdx.common.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the catalog whether each entry is mounted, and why a broken mount is broken (the reason of
 * its last check, in the viewer's language).
 */
@Component
public class MountStatuses implements MountStatusProvider {

    /** Separates the message arguments stored with a status. */
    public static final String SEP = "\u001f";

    private final MountStore store;
    private final FormErrors messages;

    MountStatuses(MountStore store, FormErrors messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public MountState stateOf(long entryId) {
        return store.find(entryId).map(this::state).orElse(MountState.UNMOUNTED);
    }

    @Override
    public Map<Long, MountState> statesOf(Collection<Long> entryIds) {
        Map<Long, MountState> states = new LinkedHashMap<>();
        entryIds.forEach(id -> states.put(id, MountState.UNMOUNTED));
        store.find(entryIds).forEach(m -> states.put(m.entryId(), state(m)));
        return states;
    }

    private MountState state(MountRow m) {
        boolean broken = "BROKEN".equals(m.status());
        return new MountState(broken ? MountState.BROKEN_STATUS : MountState.MOUNTED_STATUS,
                broken ? reason(messages, m.statusCode(), m.statusDetail(), LocaleContextHolder.getLocale()) : null);
    }

    /** The localized text of a stored reason code with its arguments. */
    public static String reason(FormErrors messages, String code, String detail, Locale locale) {
        if (code == null) {
            return null;
        }
        Object[] args = detail == null ? new Object[0] : detail.split(SEP, -1);
        return messages.message(code, locale, args);
    }
}
