/**
 * Staffing (人力需求): agents needed per interval for a service level by Erlang C or Erlang
 * A, shrinkage on top. Other modules use it as the named interface
 * {@code workforce::staffing}.
 */
@org.springframework.modulith.NamedInterface("staffing")
package io.hotline.workforce.staffing;
