/**
 * Sign-in and rights: local accounts with a second factor, OpenID Connect single sign-on, personal API tokens, the
 * bootstrap token, throttling of failed sign-ins, and the web security that guards every page and call.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools", "people" })
@org.jspecify.annotations.NullMarked
package org.lanyard.access;
