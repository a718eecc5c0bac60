package io.hotline.workforce.staffing;

/**
 * Erlang A (M/M/n+M, Palm's model): callers abandon after an exponential patience. The
 * stationary distribution of the number in the system is built in log space (so hundreds
 * of Erlangs neither overflow nor underflow) and truncated where its tail no longer
 * counts; the share answered within the target follows a waiting caller through the queue
 * by uniformisation: with {@code j} callers ahead, the caller moves up at rate
 * {@code n·μ + j·θ} and gives up at rate {@code θ}.
 */
public final class ErlangA {

	private static final double NEGLIGIBLE_LOG = -46; // e^-46 ≈ 1e-20

	private static final int MAX_QUEUE = 200_000;

	private ErlangA() {
	}

	/**
	 * What callers meet.
	 *
	 * @param probabilityOfWaiting callers who find all agents busy
	 * @param abandonment callers who hang up before an agent answers
	 * @param serviceLevel callers answered within the target, of all offered
	 * @param meanQueue callers waiting on average
	 */
	public record Outcome(double probabilityOfWaiting, double abandonment, double serviceLevel, double meanQueue) {
	}

	/**
	 * @param callsPerSecond arrival rate λ
	 * @param handlingSeconds mean handling time 1/μ
	 * @param patienceSeconds mean time to abandon 1/θ
	 * @param agents n
	 * @param targetSeconds the service level's target
	 */
	public static Outcome outcome(double callsPerSecond, double handlingSeconds, double patienceSeconds, int agents,
			double targetSeconds) {
		if (callsPerSecond <= 0) {
			return new Outcome(0, 0, 1, 0);
		}
		if (!(patienceSeconds > 0) || Double.isInfinite(patienceSeconds)) {
			throw new IllegalArgumentException("patience must be positive and finite: " + patienceSeconds);
		}
		double mu = 1 / handlingSeconds;
		double theta = 1 / patienceSeconds;
		double[] logP = logStationary(callsPerSecond, mu, theta, agents);
		double max = Double.NEGATIVE_INFINITY;
		for (double v : logP) {
			max = Math.max(max, v);
		}
		double sum = 0;
		for (double v : logP) {
			sum += Math.exp(v - max);
		}
		double[] p = new double[logP.length];
		for (int k = 0; k < p.length; k++) {
			p[k] = Math.exp(logP[k] - max) / sum;
		}
		double answeredAtOnce = 0;
		for (int k = 0; k < Math.min(agents, p.length); k++) {
			answeredAtOnce += p[k];
		}
		double meanQueue = 0;
		for (int k = agents + 1; k < p.length; k++) {
			meanQueue += (k - agents) * p[k];
		}
		double[] waiting = new double[Math.max(0, p.length - agents)];
		System.arraycopy(p, agents, waiting, 0, waiting.length);
		double servedInTime = servedWithin(waiting, agents * mu, theta, targetSeconds);
		return new Outcome(1 - answeredAtOnce, theta * meanQueue / callsPerSecond, answeredAtOnce + servedInTime,
				meanQueue);
	}

	/**
	 * Mean patience from what was observed: callers' total waiting time over the calls
	 * abandoned.
	 */
	public static double patienceSeconds(long abandoned, double totalWaitingSeconds) {
		if (abandoned <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return totalWaitingSeconds / abandoned;
	}

	private static double[] logStationary(double lambda, double mu, double theta, int agents) {
		double[] log = new double[agents + 64];
		int size = 1;
		log[0] = 0;
		double max = 0;
		for (int k = 1;; k++) {
			double rate = (k <= agents) ? k * mu : agents * mu + (k - agents) * theta;
			double next = log[k - 1] + Math.log(lambda) - Math.log(rate);
			if (k > agents && next < log[k - 1] && next < max + NEGLIGIBLE_LOG) {
				break;
			}
			if (k > agents + MAX_QUEUE) {
				break;
			}
			if (k == log.length) {
				log = java.util.Arrays.copyOf(log, log.length * 2);
			}
			log[k] = next;
			max = Math.max(max, next);
			size = k + 1;
		}
		return java.util.Arrays.copyOf(log, size);
	}

	/**
	 * The probability mass of callers who, arriving with {@code j} ahead (mass
	 * {@code waiting[j]}), reach an agent within {@code t} seconds before they give up.
	 */
	private static double servedWithin(double[] waiting, double serviceRate, double theta, double t) {
		int ahead = waiting.length;
		while (ahead > 0 && waiting[ahead - 1] < 1e-18) {
			ahead--;
		}
		if (ahead == 0 || t <= 0) {
			return 0;
		}
		double uniform = serviceRate + ahead * theta;
		double[] mass = java.util.Arrays.copyOf(waiting, ahead);
		double lt = uniform * t;
		double logWeight = -lt;
		double served = 0;
		double result = 0;
		double cumulative = 0;
		for (int step = 0;; step++) {
			if (step > 0) {
				logWeight += Math.log(lt) - Math.log(step);
				// one step of the uniformised chain: move up, give up, or stay
				served += mass[0] * serviceRate / uniform;
				for (int j = 0; j < ahead; j++) {
					double move = (serviceRate + j * theta) / uniform;
					double stay = 1 - move - theta / uniform;
					double moved = (j + 1 < ahead) ? mass[j + 1] * (serviceRate + (j + 1) * theta) / uniform : 0;
					mass[j] = mass[j] * stay + moved;
				}
			}
			double weight = Math.exp(logWeight);
			result += weight * served;
			cumulative += weight;
			if (step > lt && (1 - cumulative < 1e-13 || weight < 1e-300)) {
				break;
			}
		}
		return result + (1 - cumulative) * served;
	}

}
