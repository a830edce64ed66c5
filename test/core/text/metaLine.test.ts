// splitMetaLine: a front-matter value ends where the next known key and its colon start.
import { strict as assert } from 'assert';
import { splitMetaLine } from '../../../core/text/metaLine';

/** [key, value] pairs, and each range checked against the text. */
function parts(text: string, keyStart = text.length - text.trimStart().length, extra: string[] = []): [string, string][] {
  return splitMetaLine(text, keyStart, extra).map(p => {
    assert.equal(text.slice(p.valueStart, p.valueEnd), p.value);
    assert.equal(text.slice(p.keyStart, p.keyEnd).replace(/\s+/g, ''), p.key);
    return [p.key, p.value];
  });
}

describe('splitMetaLine', () => {
  it('splits a line at the next known key: 标题 and 文号 on one line are two entries', () => {
    assert.deepEqual(parts('标题:某县2024年工作要点 文号:某教〔2024〕3号'), [['标题', '某县2024年工作要点'], ['文号', '某教〔2024〕3号']]);
  });

  it('reads full-width colons and spaces, aliases and several keys', () => {
    assert.deepEqual(parts('发文机关：某县教育局　发文字号：某教〔2024〕3号  成文日期： 2024年3月27日'),
      [['发文机关', '某县教育局'], ['发文字号', '某教〔2024〕3号'], ['成文日期', '2024年3月27日']]);
  });

  it('gives offsets in the line, from the key start on (an indented line, a qualifier before the colon)', () => {
    const text = '  文号（正式）： 某教〔2024〕3号   日期：2024年3月27日  ';
    const [a, b] = splitMetaLine(text, 2);
    assert.deepEqual([a.keyStart, a.keyEnd, text.slice(a.valueStart, a.valueEnd)], [2, 4, '某教〔2024〕3号']);
    assert.deepEqual([b.key, text.slice(b.keyStart, b.keyEnd), b.value], ['日期', '日期', '2024年3月27日']);
  });

  it('keeps a known key inside a value that is not after white space, and words that are no key', () => {
    assert.deepEqual(parts('标题:关于调整发布日期:的说明'), [['标题', '关于调整发布日期:的说明']]);
    assert.deepEqual(parts('印发说明:现将方案印发给你们 请遵照执行:谢谢'), [['印发说明', '现将方案印发给你们 请遵照执行:谢谢']]);
  });

  it('gives an empty value before the next key, and no entry without a colon', () => {
    assert.deepEqual(parts('标题: 文号:某教〔2024〕3号'), [['标题', ''], ['文号', '某教〔2024〕3号']]);
    assert.deepEqual(parts('没有冒号的一行'), []);
  });

  it('reads the first key whatever it is, and splits at extra keys when given', () => {
    assert.deepEqual(parts('作者:张三 成文日期:2024-03-27'), [['作者', '张三'], ['成文日期', '2024-03-27']]);
    assert.deepEqual(parts('标题:某县2024年工作要点 承办人:李四', 0, ['承办人']), [['标题', '某县2024年工作要点'], ['承办人', '李四']]);
    assert.deepEqual(parts('标题:某县2024年工作要点 承办人:李四'), [['标题', '某县2024年工作要点 承办人:李四']]);
  });

  it('reads a key with inner spaces at the start (索 引 号)', () => {
    assert.deepEqual(parts('索 引 号:XM02104-0200 发布机构:湖里区教育局'), [['索引号', 'XM02104-0200'], ['发布机构', '湖里区教育局']]);
  });
});
