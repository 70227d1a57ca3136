// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { ExportError } from '../../domain/export-problem.ts';
import { exportErrorText } from './export-error.ts';

describe('exportErrorText', () => {
  it("should word an export failure in the user's language", () => {
    expect(exportErrorText(new ExportError('noChart'), MESSAGES.en)).toBe(
      'There is no chart to export.',
    );
    expect(exportErrorText(new ExportError('encode'), MESSAGES.zh)).toBe('无法生成 PNG 文件。');
  });

  it('should give the generic failure for any other error', () => {
    expect(exportErrorText(new TypeError('boom'), MESSAGES.zh)).toBe('导出 PNG 失败。');
  });
});
