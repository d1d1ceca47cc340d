// What the options page says about a value it cannot save: a message key (locales/*.yml, options.err) and
// its arguments, so the agent reads it in their language and knows which line or limit is meant, not the
// validator's own English.
export interface SettingsIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  /** Whether the limit itself is allowed: `.min(1)` allows 1, `.positive()` does not allow 0. */
  inclusive?: boolean;
  /** What a size limit is of: 'string' for a length. */
  origin?: unknown;
}

export interface IssueMessage {
  key: string;
  args: string[];
}

/**
 * What the form refuses although stored settings may hold it (so settings saved before still load): a
 * business-hours cadence with no business day would quietly count round the clock.
 */
export function formIssues(settings: { businessHours: { days: readonly number[] } }): SettingsIssue[] {
  return settings.businessHours.days.length
    ? []
    : [{ code: 'custom', path: ['businessHours', 'days'], message: 'no business day' }];
}

/**
 * The holidays typed one per line, and the line each date is on: blank lines are skipped, and still
 * counted, so a refused date is named by the line the agent sees it on.
 */
export function holidaysFromText(text: string): { dates: string[]; lines: number[] } {
  const dates: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    dates.push(line.trim());
    lines.push(i + 1);
  });
  return { dates, lines };
}

export function issueMessage(issue: SettingsIssue, holidayLines: readonly number[] = []): IssueMessage {
  const [field, part, leaf] = issue.path;
  if (field === 'businessHours' && part === 'days') return { key: 'options_err_days', args: [] };
  if (field === 'timeZone') return { key: 'options_err_timeZone', args: [] };
  if (field === 'holidays') {
    return { key: 'options_err_holiday', args: [String(holidayLines[Number(part)] ?? Number(part) + 1)] };
  }
  if (field === 'businessHours' && issue.code === 'custom') return { key: 'options_err_hoursOrder', args: [] };
  if (field === 'businessHours') return { key: 'options_err_time', args: [] };
  if (field === 'cadence' && leaf === 'customerMaxHours' && issue.code === 'custom') {
    return { key: 'options_err_window', args: [] };
  }
  if (issue.code === 'invalid_type') return { key: 'options_err_number', args: [] };
  if (issue.code === 'too_big') {
    const key =
      issue.origin === 'string'
        ? 'options_err_maxChars'
        : issue.inclusive === false
          ? 'options_err_lessThan'
          : 'options_err_max';
    return { key, args: [String(issue.maximum)] };
  }
  if (issue.code === 'too_small') {
    return {
      key: issue.inclusive === false ? 'options_err_moreThan' : 'options_err_min',
      args: [String(issue.minimum)],
    };
  }
  return { key: 'options_err_other', args: [issue.message] };
}
