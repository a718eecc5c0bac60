package io.hotline.cti;

/**
 * The figures of the calls offered in a period (an interval, a window of the wallboard):
 * counts, and rates where they have a denominator (null otherwise). See docs/cti.md for
 * each definition.
 *
 * @param offered calls that entered a queue (or rang, where never queued) in the period
 * @param answered those answered
 * @param answeredWithinTarget answered within the service-level target
 * @param answeredLate answered after it
 * @param abandoned the caller hung up before an answer (short abandons included)
 * @param shortAbandoned abandoned within the short-abandon seconds
 * @param waiting neither answered nor abandoned (yet)
 * @param answerRate 接通率: answered / (answered + abandoned − short abandons)
 * @param abandonRate 放弃率: (abandoned − short abandons) / the same denominator
 * @param serviceLevel 服务水平: answered within target / the same denominator
 * @param averageHandlingSeconds 平均处理时长: talk + after-call work, of the answered calls
 * that ended
 * @param averageSpeedOfAnswerSeconds 平均应答速度: wait until answer, of the answered calls
 * @param occupancy 占用率: time on calls and after-call work / time signed in and not on
 * break, of all agents
 * @param staffedSeconds agents' seconds signed in and not on break
 * @param busySeconds agents' seconds on calls and after-call work
 */
public record Figures(int offered, int answered, int answeredWithinTarget, int answeredLate, int abandoned,
		int shortAbandoned, int waiting, Double answerRate, Double abandonRate, Double serviceLevel,
		Double averageHandlingSeconds, Double averageSpeedOfAnswerSeconds, Double occupancy, double staffedSeconds,
		double busySeconds) {

}
