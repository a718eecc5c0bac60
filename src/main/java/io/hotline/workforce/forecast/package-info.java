/**
 * 话务预测: contacts per interval for the coming days from a history of
 * {@code interval_start,calls}, by several methods compared in a rolling-origin backtest.
 */
package io.hotline.workforce.forecast;
