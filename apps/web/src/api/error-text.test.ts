// @vitest-environment node
import { ERROR_CODES } from '@footfall/contract';
import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { errorText } from './error-text.ts';
import { LOCALES } from '../i18n/messages.ts';

const SERVER_MESSAGE = 'The platform failed (-500).';
const upstream = new ApiError(502, 'UPSTREAM_ERROR', SERVER_MESSAGE, { upstreamCode: -500 });

describe('errorText', () => {
  it('should word every contract error code in each language, each differently', () => {
    for (const locale of LOCALES) {
      const texts = ERROR_CODES.map(
        (code) => errorText(new ApiError(400, code, 'server words'), locale).text,
      );
      expect(new Set(texts).size).toBe(ERROR_CODES.length);
      for (const text of texts) expect(text).not.toContain('server words');
    }
    for (const code of ERROR_CODES) {
      expect(errorText(new ApiError(400, code, 'x'), 'zh').text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("should never show the server's English message in Chinese, and keep it as a detail in English", () => {
    expect(errorText(upstream, 'zh')).toEqual({
      text: '万店掌平台返回错误（代码 -500），请稍后重试；如持续出现，请联系管理员。',
    });
    expect(errorText(upstream, 'en')).toEqual({
      text: 'The Opretail platform answered with an error (code -500); try again later, and tell your administrator if it persists.',
      detail: SERVER_MESSAGE,
    });
  });

  it("should name a range's limit from the granularity the view asked for", () => {
    const tooLong = new ApiError(400, 'RANGE_TOO_LONG', 'Charts by hour cover at most 92 days.');
    expect(errorText(tooLong, 'zh', { granularity: 'hour' }).text).toBe(
      '小时粒度的图表最多 92 天，请缩短日期范围或选择更粗的粒度。',
    );
    expect(errorText(tooLong, 'en', { granularity: 'day' }).text).toContain('at most 3 years');
    expect(errorText(tooLong, 'en').text).toContain('too long');
  });

  it('should say how long to wait when rate limited', () => {
    const limited = new ApiError(429, 'RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 12 });
    expect(errorText(limited, 'zh').text).toContain('12 秒');
  });

  it('should fall back to a generic message for a code it does not know', () => {
    const newer = new ApiError(418, 'TEAPOT', 'I am a teapot.');
    expect(errorText(newer, 'zh')).toEqual({ text: '出现问题，请重试。' });
    expect(errorText(newer, 'en')).toEqual({
      text: 'Something went wrong; try again.',
      detail: 'I am a teapot.',
    });
  });

  it('should tell a network failure and an unreadable answer apart', () => {
    expect(errorText(new TypeError('Failed to fetch'), 'en').text).toMatch(/could not be reached/);
    expect(errorText(new ApiError(200, 'BAD_RESPONSE', 'x'), 'zh').text).toBe(
      '服务器的响应无法识别，请刷新页面。',
    );
    expect(errorText(new ApiError(502, 'HTTP_ERROR', 'The server answered 502.'), 'en')).toEqual({
      text: 'Something went wrong; try again.',
    });
  });
});
