// A task table whose header names too few known columns (core/data/tableColumns.json) cannot
// be read into items: said once, with the header it has, never dropped silently.
import type { Rule } from '../lint/types';

export const unmappedTable: Rule = {
  id: 'PLAN026',
  name: 'unmapped-table',
  defaultSeverity: 'information',
  description: {
    en: 'A table whose header names no task column (工作任务, 目标任务, 工作措施 …) and too few other known ones: its rows are not read as items.',
    zh: '表格表头未列出任务栏（工作任务、目标任务、工作措施等）或可识别的栏目过少：各行不作为工作事项读取。',
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      if (table.mapped) continue;
      const header = table.header.map(c => c.text).filter(Boolean).join(' | ');
      ctx.report({ start: table.header[0].range.start, end: table.header[table.header.length - 1].range.end }, {
        en: 'Table with header {0}: no task column to read its rows as items (known columns: 序号, 工作任务, 目标任务, 工作措施, 牵头单位, 配合单位, 完成时限 …)',
        zh: '表头为“{0}”的表格没有任务栏，各行未作为工作事项读取（可识别的栏目：序号、工作任务、目标任务、工作措施、牵头单位、配合单位、完成时限等）',
      }, [header]);
    }
  },
};
