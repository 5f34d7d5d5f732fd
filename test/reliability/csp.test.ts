// Strict CSP and Trusted Types: every component in its main states on a page
// served with the policy a council would use, with zero violations.
import { expect } from '@open-wc/testing';
import { FAMILIES } from './families.js';
import { visitUnderStrictCsp } from './pages.js';

interface Report {
  violations: string[];
  rendered: string[];
  errorStates: string[];
  trustedTypesEnforced: boolean;
}

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(60000);

  it('every component renders in English and Welsh with no policy violation (no inline script or style, no eval, Trusted Types only)', async () => {
    const report = await visitUnderStrictCsp<Report>('/test/reliability/csp-page.ts');
    expect(report.policy).not.to.match(/unsafe-inline|unsafe-eval/);
    expect(report.policy).to.include("require-trusted-types-for 'script'");
    expect(report.trustedTypesEnforced, 'the policy is really in force (a string to innerHTML is refused)').to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.errorStates).to.deep.equal([]);
    expect(report.rendered).to.have.length(FAMILIES.length * 2 + 2);
    expect(report.rendered).to.include('kith-strengths-radar narrow bars');
    expect(report.rendered).to.include('kith-relationship-map force layout settled in its worker');
  });
});
