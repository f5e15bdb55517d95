package governance.dsl.kolada;

/** Kolada could not answer what govc asked: the message says why, in Swedish, for the planner. */
public class KoladaException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Whether asking again for the next KPI is pointless too (no network, a server that keeps failing). */
	private final boolean fatal;

	public KoladaException(String message, boolean fatal) {
		super(message);
		this.fatal = fatal;
	}

	public boolean fatal() {
		return fatal;
	}
}
