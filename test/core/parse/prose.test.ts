// Responsibility written in prose: every form names its units, with ranges, the first
// named leading unless the text says who leads; words that only look like it name none.
import { strict as assert } from 'assert';
import { itemsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { looksLikeOrganisation } from '../../../core/text/orgName';

function itemOf(line: string) {
  const doc = parsePlan(`一、重点任务\n${line}\n`);
  const item = itemsOf(doc)[0];
  // Every unit's range points at its name in the line.
  for (const u of item.units) assert.equal(doc.lines[u.range.start.line].slice(u.range.start.character, u.range.end.character), u.name);
  return item;
}

const view = (line: string) => {
  const item = itemOf(line);
  return { title: item.title, units: item.units.map(u => u.name), lead: item.lead?.name, kinds: item.blocks.map(b => b.blockKind) };
};

describe('parse: responsibility in prose', () => {
  it('X负责，Y、Z配合', () => {
    assert.deepEqual(view('1.推进学前教育普及普惠。县教育局负责，县财政局、县人社局配合。'),
      { title: '推进学前教育普及普惠', units: ['县教育局', '县财政局', '县人社局'], lead: '县教育局', kinds: ['responsible', 'cooperate'] });
  });

  it('由X负责, and X负责 followed by what it does', () => {
    assert.deepEqual(view('1.实施老旧小区改造。由县住建局负责。').units, ['县住建局']);
    assert.deepEqual(view('1.开展专项整治。县市场监管局负责组织实施。').lead, '县市场监管局');
  });

  it('X牵头，Y按职责分工负责: X leads', () => {
    assert.deepEqual(view('1.加强安全生产。县应急局牵头，各乡镇人民政府按职责分工负责。'),
      { title: '加强安全生产', units: ['县应急局', '各乡镇人民政府'], lead: '县应急局', kinds: ['lead', 'responsible'] });
  });

  it('X、Y牵头 and X牵头负责', () => {
    assert.deepEqual(view('1.推进乡村振兴。县农业农村局、县乡村振兴局牵头。').units, ['县农业农村局', '县乡村振兴局']);
    assert.equal(view('1.推进乡村振兴。县农业农村局、县乡村振兴局牵头。').lead, '县农业农村局');
    assert.equal(view('1.抓好防汛工作。县水利局牵头负责。').lead, '县水利局');
  });

  it('a trailing (X负责) after each sentence: each sentence its units, the note leaves the title', () => {
    const item = itemOf('1.完善医疗保障制度（县医保局负责）。扩大家庭医生签约服务（县卫健委负责）。');
    assert.equal(item.title, '完善医疗保障制度');
    assert.deepEqual(item.units.map(u => u.name), ['县医保局', '县卫健委']);
    assert.equal(item.lead?.name, '县医保局');
    assert.equal(item.blocks.length, 2);
  });

  it('an inline (牵头单位：…；责任单位：…) whose unit names hold parentheses', () => {
    assert.deepEqual(view('1.完善考核机制（牵头单位：县委组织部；责任单位：各县（市、区）人民政府、县直学校（园））'),
      { title: '完善考核机制', units: ['县委组织部', '各县（市、区）人民政府', '县直学校（园）'], lead: '县委组织部', kinds: ['lead', 'responsible'] });
  });

  it('names no unit in words that only look like responsibility', () => {
    for (const line of [
      '1.加强学校管理。实行校长负责制，各学校负责人要落实责任。',
      '1.提高服务质量。以负责任的态度做好每项工作。',
      '1.推进家校合作。积极引导家长参与学校管理。',
      '1.做好宣传工作。有关情况由专人负责。',
    ]) assert.deepEqual(view(line).units, [], line);
  });

  it('leaves prose alone when a block already names the units', () => {
    const doc = parsePlan('一、重点任务\n1.推进改革。县财政局负责经费保障。\n责任单位：县教育局\n');
    assert.deepEqual(itemsOf(doc)[0].units.map(u => u.name), ['县教育局']);
  });

  it('knows an organisation from a phrase', () => {
    for (const name of ['县财政局', '各乡镇人民政府', '县直学校（园）', '市卫生健康委员会', '各有关单位', '县委办公室', '各县（市、区）', '各县区', '全市各乡镇']) assert.ok(looksLikeOrganisation(name), name);
    for (const name of ['专人', '家长', '学校负责人要', '有关', '以负责任的态度']) assert.ok(!looksLikeOrganisation(name), name);
  });
});
