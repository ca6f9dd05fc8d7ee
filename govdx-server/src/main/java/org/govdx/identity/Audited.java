package org.govdx.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the audit action of a state-changing handler, e.g. {@code ORG_CREATE}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The action name in the audit log. */
    String value();

    /** True when the handler's service records the entry itself (sign-in, password change). */
    boolean selfRecorded() default false;
}
