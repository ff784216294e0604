const form = document.getElementById('query');
const status = document.getElementById('status');
// Every figure of the API's totals: [name, column title, shown in red when not zero]
const FIGURES = [
  ['reviewsDue', 'Reviews due', false],
  ['reviewsOverdue', 'Reviews overdue', true],
  ['findingsNotCorrected', 'Findings not corrected', true],
  ['complaintsOpen', 'Complaints open', false],
  ['complaintsRecordedLate', 'Complaints recorded late', true],
  ['complaintsPastResolutionDue', 'Complaints past resolution date', true],
  ['suspendedCredentials', 'Suspended credentials', false],
  ['credentialsNotReturned', 'Credentials not returned', true],
  ['operationalAgenciesWithoutActiveOfficer', 'Operational, no active officer', true],
  ['noticesPending', 'Notices pending', false]];

function cell(tag, text, attributes = {}) {
  const element = document.createElement(tag);
  element.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  return element;
}

function headRow(first, columns, last) {
  const tr = document.createElement('tr');
  [first, ...columns.map(([, title]) => title)].forEach(title => tr.appendChild(cell('th', title, { scope: 'col' })));
  last.forEach(title => tr.appendChild(cell('th', title, { scope: 'col', class: 'text' })));
  return tr;
}

function figureCells(row, totals, columns) {
  columns.forEach(([name, , urgent]) => {
    const td = cell('td', totals[name]);
    if (urgent && totals[name] > 0) {
      td.className = 'attention';
    }
    row.appendChild(td);
  });
}

function when(instant) {
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function noticeText(notice) {
  return `${notice.kind.toLowerCase()} from ${notice.noticeFrom}${notice.exigent ? ' (exigent)' : ''}: in effect ${when(notice.effectiveAt)}`;
}

function agencyTable(office, columns) {
  const section = document.createElement('section');
  section.appendChild(cell('h2', `${office.name} (${office.code})`));
  if (office.agencies.length === 0) {
    section.appendChild(cell('p', 'Nothing needs attention in this field office.'));
    return section;
  }
  const perAgency = columns.filter(([name]) => name !== 'noticesPending');
  const scroll = cell('div', '', { class: 'scroll', role: 'region', tabindex: '0',
    'aria-label': `Agencies of ${office.name}` });
  const table = document.createElement('table');
  table.appendChild(cell('caption', `Agencies of ${office.name} that need attention`));
  const thead = document.createElement('thead');
  thead.appendChild(headRow('Agency', perAgency, ['Notices pending']));
  table.appendChild(thead);
  const body = document.createElement('tbody');
  office.agencies.forEach(agency => {
    const tr = document.createElement('tr');
    const name = cell('th', agency.name, { scope: 'row' });
    name.appendChild(cell('span', ` ${agency.state}${agency.ori ? ', ' + agency.ori : ''}, ${agency.status.toLowerCase().replace('_', ' ')}`,
      { class: 'muted detail' }));
    tr.appendChild(name);
    figureCells(tr, agency.totals, perAgency);
    const notices = cell('td', '', { class: 'text' });
    if (agency.pendingNotices.length) {
      const list = document.createElement('ul');
      agency.pendingNotices.forEach(n => list.appendChild(cell('li', noticeText(n))));
      notices.appendChild(list);
    } else {
      notices.textContent = 'none';
    }
    tr.appendChild(notices);
    body.appendChild(tr);
  });
  table.appendChild(body);
  scroll.appendChild(table);
  section.appendChild(scroll);
  return section;
}

async function show() {
  const office = form.fieldOffice.value;
  status.textContent = 'Loading…';
  status.className = '';
  const response = await fetch('/api/oversight' + (office ? `?fieldOffice=${encodeURIComponent(office)}` : ''),
    { credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    status.textContent = body.detail || `The oversight view could not be read (${response.status}).`;
    status.className = 'error';
    return;
  }
  status.textContent = `${body.national ? 'Every field office' : body.fieldOffices.map(f => f.name).join(', ')}, as of ${when(body.at)}.`;
  if (!office && form.fieldOffice.options.length === 1) {
    body.fieldOffices.forEach(f => form.fieldOffice.appendChild(cell('option', `${f.name} (${f.code})`, { value: f.code })));
  }
  const columns = FIGURES;
  document.getElementById('office-head').replaceChildren(headRow('Field office', columns, []));
  document.getElementById('office-rows').replaceChildren(...body.fieldOffices.map(f => {
    const tr = document.createElement('tr');
    tr.appendChild(cell('th', `${f.name} (${f.code})`, { scope: 'row' }));
    figureCells(tr, f.totals, columns);
    return tr;
  }));
  const total = document.createElement('tr');
  total.appendChild(cell('th', body.national ? 'National' : 'Total', { scope: 'row' }));
  figureCells(total, body.totals, columns);
  document.getElementById('office-total').replaceChildren(total);
  document.getElementById('offices').hidden = false;
  document.getElementById('explanation').hidden = false;
  document.getElementById('agencies').replaceChildren(...body.fieldOffices
    .filter(f => f.agencies.length > 0 || !body.national).map(f => agencyTable(f, columns)));
}

form.addEventListener('submit', event => { event.preventDefault(); show(); });
show();
