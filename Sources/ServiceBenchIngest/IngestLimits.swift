/// Bounds on what the readers hold at once, so that memory follows what is in progress in the input,
/// not its size. Reaching one is an error naming the file and line (`IngestError.Code.limitExceeded`,
/// exit 65), never skipped by `--skip-invalid`: the input as a whole is not what it claims to be.
struct IngestLimits: Sendable {
    /// queue_log calls open at once (an ENTERQUEUE or CONNECT seen, no final line yet), per part of
    /// the input read on one thread (a contact centre of 10,000 agents has some 20,000). At the bound
    /// the process peaks at about 205 MB on one thread, 350 MB on two (measured, release build).
    var maximumOpenCalls = 500_000
    /// queue_log final lines whose ENTERQUEUE has not been seen, kept until the parts of the input are
    /// merged (a log that starts mid-call has a few; one without ENTERQUEUE lines has them all).
    var maximumPendingCloses = 500_000
    /// Distinct queue names (queue_log, or a calls CSV with `--by queue`).
    var maximumQueues = 100_000
    /// Distinct agent names (calls CSV `agent`, queue_log member field), for the by-agent
    /// breakdown; beyond it that table is not computed (the KPIs still are).
    var maximumAgents = 100_000

    init() {}
}
