/**
 * The shared kernel: problems, validation, paging, check digits, crypto, masking. An open module:
 * every module may use any of its packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.govdx.common;
