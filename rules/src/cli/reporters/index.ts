import type { AnyRule } from '../../model/rule';
import type { Format } from '../args';
import type { Report } from '../report';
import type { Styles } from './color';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export function formatReport(format: Format, report: Report, rules: readonly AnyRule[], styles: Styles): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, rules);
    case 'stylish':
      return formatStylish(report, styles);
  }
}
