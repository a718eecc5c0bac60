/**
 * 话务高峰: the surge measures the administrator sets (callback queue, self-service
 * deflection, cloud seats, overflow to partner hotlines), the trigger that switches them
 * on, the callback queue (回呼) and the simulation of a surge day ({@code simulate-surge}).
 */
package io.hotline.workforce.surge;
