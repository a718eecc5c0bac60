/**
 * The live side of workforce management: the day's forecast from the platform's own calls
 * against what came, the agents needed per interval, and the wallboard's forecast
 * comparison and alerts.
 */
package io.hotline.workforce.live;
