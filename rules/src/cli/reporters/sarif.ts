import { pathToFileURL } from 'node:url';
import type { Severity } from '../../model/finding';
import { REPOSITORY_URL, ruleDocsUrl, type AnyRule } from '../../model/rule';
import { FINGERPRINT_KEY } from '../fingerprints';
import { allNotifications, type Notification, type NotificationKind, type Report, type ReportFix, type ReportLocation } from '../report';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): one run, every rule described in
 * tool.driver.rules, paths relative to %SRCROOT% (the report's base directory), regions in
 * 1-based lines and UTF-16 columns, `partialFingerprints` that survive line moves, safe fixes as `fixes`, unreadable or unparsable files and
 * failing rules as toolExecutionNotifications.
 */

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warn: 'warning', info: 'note' };
/** GitHub code scanning's severity scale (high ≥ 7.0, medium ≥ 4.0, low < 4.0), from the rule's default severity. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '7.5', warn: '5.0', info: '3.0' };

const NOTIFICATION_DESCRIPTORS: readonly { readonly id: NotificationKind; readonly name: string; readonly text: string }[] = [
  { id: 'read', name: 'FileNotRead', text: 'A file could not be read (unreadable, binary or too large) and was not analysed.' },
  { id: 'parse', name: 'FileNotParsed', text: 'A file could not be parsed; its findings may be incomplete.' },
  { id: 'rule', name: 'RuleFailed', text: 'A rule failed on a file; the other rules still ran.' },
  { id: 'config', name: 'ConfigurationProblem', text: 'A problem with the configuration.' },
  { id: 'walk', name: 'DirectoryNotWalked', text: 'A directory could not be read or a symbolic link loops.' },
  { id: 'project', name: 'ManifestNotRead', text: 'A package.json or composer.json could not be read as JSON.' },
  { id: 'fix', name: 'FixNotApplied', text: 'A fix could not be applied or written.' },
  { id: 'time', name: 'OverTimeBudget', text: 'A file took longer to analyse than the time budget (--time-budget); its findings are complete.' },
];

/** A relative path as a URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function physicalLocation(location: ReportLocation): object {
  return {
    artifactLocation: { uri: relativeUri(location.file), uriBaseId: SRCROOT },
    region: region(location),
  };
}

function sarifFix(fix: ReportFix): object {
  const byFile = new Map<string, ReportFix['edits'][number][]>();
  for (const edit of fix.edits) byFile.set(edit.location.file, [...(byFile.get(edit.location.file) ?? []), edit]);
  return {
    description: { text: fix.message },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
      replacements: edits.map((edit) => ({
        deletedRegion: region(edit.location),
        insertedContent: { text: edit.newText },
      })),
    })),
  };
}

/** SARIF regions: 1-based lines and columns, endColumn exclusive; an insertion has endColumn = startColumn. */
function region(location: ReportLocation): object {
  return { startLine: location.start.line, startColumn: location.start.column, endLine: location.end.line, endColumn: location.end.column };
}

function ruleDescriptor(rule: AnyRule): object {
  const { meta } = rule;
  const name = meta.id.replace(/(^|-)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase());
  const references = meta.references.map((r) => `- [${r.title}](${r.url})`).join('\n');
  return {
    id: meta.id,
    // SARIF wants `name` to differ from `id` (case-insensitively) or be left out.
    ...(name.toLowerCase() !== meta.id.toLowerCase() ? { name } : {}),
    shortDescription: { text: `${meta.description}.` },
    fullDescription: { text: meta.rationale },
    helpUri: ruleDocsUrl(meta.id),
    help: {
      text: `${meta.description}. ${meta.rationale} See ${ruleDocsUrl(meta.id)}`,
      markdown: `**${meta.description}.**\n\n${meta.rationale}\n\n${references}\n\n[Rule documentation](${ruleDocsUrl(meta.id)})`,
    },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: {
      tags: ['security', meta.category, ...meta.cwe.map((cwe) => `external/cwe/cwe-${cwe}`)],
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
    },
  };
}

function notification(n: Notification, ruleIndex: ReadonlyMap<string, number>): object {
  const descriptorIndex = NOTIFICATION_DESCRIPTORS.findIndex((d) => d.id === n.kind);
  const index = n.ruleId !== undefined ? ruleIndex.get(n.ruleId) : undefined;
  return {
    level: n.level,
    message: { text: n.message },
    descriptor: { id: n.kind, index: descriptorIndex },
    ...(n.file !== undefined && n.file !== '' ? { locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(n.file), uriBaseId: SRCROOT } } }] } : {}),
    ...(n.ruleId !== undefined ? { associatedRule: index !== undefined ? { id: n.ruleId, index } : { id: n.ruleId } } : {}),
  };
}

export function formatSarif(report: Report, rules: readonly AnyRule[]): string {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => {
      const index = ruleIndex.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: physicalLocation(f.location) }],
        ...(f.related.length > 0
          ? { relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physicalLocation(r.location) })) }
          : {}),
        ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
        ...(f.fix ? { fixes: [sarifFix(f.fix)] } : {}),
        properties: { envDependent: f.envDependent, suggestions: f.suggestions.map((s) => s.message) },
      };
    }),
  );
  const notifications = allNotifications(report);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sessionlint',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: rules.map(ruleDescriptor),
            notifications: NOTIFICATION_DESCRIPTORS.map((d) => ({ id: d.id, name: d.name, shortDescription: { text: d.text } })),
          },
        },
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === 'error'),
            toolExecutionNotifications: notifications.map((n) => notification(n, ruleIndex)),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.base) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
