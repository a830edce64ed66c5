// PLAN006-empty-section: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';

describe('PLAN006 empty-section', () => {
  it('reports a section heading with nothing under it', () => {
    const text = doc('一、甲', '1.a', '二、乙', '三、丙', '2.b');
    const d = lint(text, 'PLAN006');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 2);
    assert.equal(d[0].message, '章节“二、乙”下没有任何内容');
  });
  it('counts a paragraph as content: a prose section is not empty', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '二、乙', '这一章只有一段文字。', '三、丙', '2.b'), 'PLAN006'), []);
  });
  it('counts items under subsections', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子', '1.a', '二、乙', '2.b'), 'PLAN006'), []);
  });
  it('says nothing when the document has no items at all', () => {
    assert.deepEqual(findings(doc('一、甲', '正文。', '二、乙', '正文。'), 'PLAN006'), []);
  });
});

// PLAN006 on the plans people write: prose sections (指导思想, 工作目标, 保障措施 …) hold
// paragraphs or (一)… subsections and are not empty; neither is a section that runs its
// text on the heading line. Only a heading with nothing under it is.
/** A school's term plan: prose sections, a section of subsections, a section of items. */
const schoolPlan = (...tail: string[]) => doc(
  '某县第一中学2024年春季学期工作计划',
  '一、指导思想',
  '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。',
  '二、工作目标',
  '(一)教学质量目标。高考本科上线率稳中有升，学业水平考试合格率达到98%以上。',
  '(二)德育工作目标。创建市级文明校园，学生行为规范养成率明显提高。',
  '三、主要工作',
  '1.加强教学常规管理。落实集体备课制度，每周开展一次教研活动。',
  '2.推进课堂教学改革。开展“一师一优课”评比，提高课堂效率。',
  ...tail,
);

describe('PLAN006 empty-section: prose sections and real plans', () => {
  it('says nothing about a school plan whose prose and subsection sections hold text', () => {
    assert.deepEqual(findings(schoolPlan('四、保障措施', '学校成立工作领导小组，校长任组长，分管副校长具体负责。'), 'PLAN006'), []);
  });

  it('reports the one heading with nothing under it, in both languages', () => {
    const text = schoolPlan('四、保障措施', '五、工作安排', '3月：开学工作检查。');
    const d = lint(text, 'PLAN006');
    assert.deepEqual(d.map(x => x.range.start.line), [9]);
    assert.equal(d[0].message, '章节“四、保障措施”下没有任何内容');
    assert.deepEqual(findings(text, 'PLAN006', { locale: 'en' }), [[10, 'Section 四、保障措施 is empty: nothing under its heading']]);
  });

  it('takes text on the heading line as the section\'s content', () => {
    const text = doc(
      '某县2024年政府工作报告重点任务分工方案',
      '一、指导思想：以习近平新时代中国特色社会主义思想为指导，确保完成全年目标任务。',
      '二、基本原则 坚持目标导向、问题导向、结果导向',
      '三、重点任务',
      '1.扎实推进项目建设。(牵头单位:县发改局)',
      '四、加强组织领导。各牵头单位要落实主体责任。',
    );
    assert.deepEqual(findings(text, 'PLAN006'), []);
  });

  it('counts (一) subsections as content even when the document has no items', () => {
    const text = doc('某大学2024年党建工作要点', '一、总体要求', '(一)指导思想', '坚持以党的政治建设为统领。', '(二)工作目标', '基层党组织标准化建设达标率100%。', '二、组织保障', '各级党组织要高度重视。');
    assert.deepEqual(findings(text, 'PLAN006'), []);
  });

  it('reports an empty heading in a plan without items, too', () => {
    const text = doc('某市卫生健康委员会2024年工作要点', '一、总体要求', '以人民健康为中心。', '二、重点任务', '三、保障措施', '加强组织领导。');
    assert.deepEqual(findings(text, 'PLAN006'), [[4, '章节“二、重点任务”下没有任何内容']]);
  });

  it('says nothing about an outline of bare headings (a plan being drafted)', () => {
    assert.deepEqual(findings(doc('一、指导思想', '二、工作目标', '三、主要任务', '四、保障措施'), 'PLAN006'), []);
  });

  it('does not take a heading with a colon and nothing after it for text', () => {
    const text = doc('一、指导思想：', '二、主要任务', '1.a。');
    assert.deepEqual(findings(text, 'PLAN006'), [[1, '章节“一、指导思想”下没有任何内容']]);
  });
});
