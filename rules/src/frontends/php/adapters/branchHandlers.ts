import type { PhpFile } from '../fileContext';
import { analyzePhpFlow, type FlowOptions, type PhpFlow } from './authFlow';
import type { AuthUnit } from './authUnits';
import { outermost, requestBranches, within, type RequestBranch } from './requestBranches';

/** A handler made of one request branch of a script, with what it does to the session. */
export interface BranchHandler {
  readonly unit: AuthUnit;
  readonly flow: PhpFlow;
}

/** Words a script must spell before its branches are read for a logout link. */
const LOGOUT_WORD = /log_?out|sign_?out|log_?off|d[eé]connex|disconnect/i;

/**
 * The handlers a plain PHP script holds in its request branches, when the script as a whole would
 * be judged wrongly:
 * - `logins`: the branches that check a credential and write the user, when the script also writes
 *   the user elsewhere (fightniteV2's `server.php`: `if (isset($_POST['reg_user']))` signs up and
 *   sets `$_SESSION['username']`, `if (isset($_POST['login_user']))` checks the password and sets
 *   it). Judged as one script, the sign-up's write and branch were reported, and fixing the line
 *   reported would have left the login unchanged. Each login branch keeps the script's renewals
 *   outside the other branches (a `session_regenerate_id(true)` every request makes at the top).
 * - `logouts`: branches whose condition names a logout (`if (isset($_GET['logout']))` in the home
 *   page) and that end or clear the session: a logout link handled by a page that is not one.
 */
export function branchHandlers(file: PhpFile, unit: AuthUnit, flow: PhpFlow, options: FlowOptions): { readonly logins: BranchHandler[]; readonly logouts: BranchHandler[] } {
  const wantsLogins = flow.identityWrites.length > 1 && flow.credentialChecks.length > 0;
  const wantsLogouts = LOGOUT_WORD.test(file.text);
  if (!wantsLogins && !wantsLogouts) return { logins: [], logouts: [] };
  const branches = requestBranches(unit.body);
  return { logins: wantsLogins ? loginBranches(unit, flow, branches, options) : [], logouts: wantsLogouts ? logoutBranches(unit, branches, options) : [] };
}

function loginBranches(unit: AuthUnit, flow: PhpFlow, branches: readonly RequestBranch[], options: FlowOptions): BranchHandler[] {
  const alternatives = outermost(branches);
  if (alternatives.length < 2) return [];
  const logins = alternatives.filter((branch) => {
    const own = analyzePhpFlow(branch.body, options);
    return own.identityWrites.length > 0 && own.credentialChecks.length > 0;
  });
  // Every write is some login's: the script judged whole says the same.
  const outside = flow.identityWrites.filter((write) => !logins.some((branch) => within(write, branch.body)));
  if (logins.length === 0 || outside.length === 0) return [];
  return logins.map((branch) => {
    const elsewhere = (node: Parameters<typeof within>[0]): boolean => alternatives.some((other) => other !== branch && within(node, other.body));
    const own = analyzePhpFlow(branch.body, options);
    const branchFlow: PhpFlow = {
      ...flow,
      identityWrites: flow.identityWrites.filter((write) => within(write, branch.body)),
      renewals: flow.renewals.filter((renewal) => !elsewhere(renewal.node)),
      writeCloses: flow.writeCloses.filter((close) => !elsewhere(close)),
      credentialChecks: own.credentialChecks,
    };
    return { unit: { ...unit, body: branch.body, anchor: branch.condition, branch }, flow: branchFlow };
  });
}

function logoutBranches(unit: AuthUnit, branches: readonly RequestBranch[], options: FlowOptions): BranchHandler[] {
  const logouts = outermost(branches.filter((branch) => branch.namesLogout));
  return logouts.flatMap((branch) => {
    const flow = analyzePhpFlow(branch.body, options);
    const ends = flow.destroys.length + flow.fullDestroys.length + flow.partials.length + flow.cookieClears.length > 0;
    return ends && flow.identityWrites.length === 0 ? [{ unit: { ...unit, body: branch.body, anchor: branch.condition, branch }, flow }] : [];
  });
}
