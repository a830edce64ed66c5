// Random edit storms for the incremental parse and lint tests: what people type that
// changes structure or findings, anywhere in a plan.
import fc from 'fast-check';

// What people type that changes structure or findings.
export const PIECES = ['一、', '二、', '十一、', '(一)', '(二)', '1.', '2、', '3．', '12.', '(1)', '①', '第二篇', '目标任务:', '工作措施:',
  '责任股室(单位):', '牵头单位:', '完成时限:', '人事股', '人事股、人事股', '、', ';', '。', '(', ')', '《', '“', '〔2020〕',
  'XX年', '20XX年', '******', '□□', '建设1-所', '首页 > 新闻', '浏览次数：12', '扫一扫在手机上查看当前页面', '---', '标题:2021年工作要点',
  '年度:2021', '日期:2021年13月1日', '文号:县教发[2021]3号', '县教发(2021)3号', '县教发【2021】3号', '---\n文号:县教发（2021）3号\n---', '// planmark-disable-next-line PLAN003', '// planmark-disable', '// planmark-enable',
  '\n', '\n\n', '改', ' ', '\u3000', '状态:已完成', '完成情况:', '2021年6月底前'];

export type Edit =
  | { kind: 'type'; at: number; del: number; text: string }
  | { kind: 'line'; line: number; text: string }
  | { kind: 'drop'; line: number; count: number }
  | { kind: 'copy'; line: number }
  | { kind: 'inline'; line: number; at: number; del: number; text: string };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), del: fc.nat({ max: 6 }), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('line' as const), line: fc.nat(), text: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map(p => p.join('')) }),
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('copy' as const), line: fc.nat() }),
);

export function applyEdit(text: string, e: Edit): string {
  if (e.kind === 'type') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at + e.del);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  if (e.kind === 'inline') {
    const at = e.at % (lines[i].length + 1);
    lines[i] = lines[i].slice(0, at) + e.text + lines[i].slice(Math.min(lines[i].length, at + e.del));
  } else if (e.kind === 'line') lines.splice(i, 0, e.text);
  else if (e.kind === 'drop') lines.splice(i, Math.min(e.count, lines.length - 1));
  else lines.splice(i, 0, lines[i]);
  return lines.join('\n');
}

/** Typing inside one line (no line break typed or deleted): what a person mostly does. */
export const inlineEditArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constant('inline' as const), line: fc.nat(), at: fc.nat(), del: fc.nat({ max: 3 }),
  text: fc.oneof(fc.constantFrom(...PIECES.filter(p => !p.includes('\n'))), fc.string({ maxLength: 2 }).filter(t => !/[\r\n]/.test(t))),
});

/** Any edit, typing inside a line as often as the rest. */
export const stormEditArb: fc.Arbitrary<Edit> = fc.oneof(editArb, inlineEditArb);
