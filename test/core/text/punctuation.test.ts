// core/text/punctuation.ts: full-width where Chinese text surrounds a mark; numbers, dates,
// 文号, URLs and Latin words keep theirs; idempotent.
import { strict as assert } from 'assert';
import { toFullWidthPunctuation } from '../../../core/text/punctuation';

const CASES: [string, string][] = [
  ['完成,落实;推进:好', '完成，落实；推进：好'],
  ['责任股室(单位):办公室', '责任股室（单位）：办公室'],
  ['增长3.5%,达到1,000人', '增长3.5%，达到1,000人'],
  ['时间12:30,地点', '时间12:30，地点'],
  ['2021.3.5开始', '2021.3.5开始'],
  ['县教(2021)12号文件,要求', '县教(2021)12号文件，要求'],
  ['访问http://a.cn/?a=1,b 了解', '访问http://a.cn/?a=1,b 了解'],
  ['Hello, world', 'Hello, world'],
  ['他说(Hello)好', '他说(Hello)好'],
  ['推进改革,', '推进改革，'],
  ['工作: (一)加强', '工作：（一）加强'],
  ['是否完成?是!', '是否完成？是！'],
  ['甲 , 乙', '甲，乙'],
  ['完成。', '完成。'],
];

describe('text: full-width punctuation', () => {
  for (const [input, expected] of CASES) {
    it(`${input} → ${expected}`, () => {
      assert.equal(toFullWidthPunctuation(input), expected);
      assert.equal(toFullWidthPunctuation(expected), expected, 'idempotent');
    });
  }
});
