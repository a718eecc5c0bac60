/**
 * Requests (申请) of agents for themselves: leave (请假), overtime (加班) and shift swaps (换班,
 * once the other agent accepts), decided (审批) by a team leader; an approval changes the
 * month's published roster into a new version, re-solving only what it touches.
 */
package io.hotline.workforce.requests;
