/**
 * The frame around every page: layout and navigation, the home page, and how errors are shown (pages for people,
 * RFC 9457 problem details for the API). No business rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schools", "access" })
@org.jspecify.annotations.NullMarked
package org.lanyard.web;
