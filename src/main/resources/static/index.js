const form = document.getElementById('query');
const today = new Date();
form.fiscalYear.value = today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();

async function show() {
  const model = form.model.value, year = form.fiscalYear.value;
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  status.className = '';
  const response = await fetch(`/api/statistics?model=${encodeURIComponent(model)}&fiscalYear=${encodeURIComponent(year)}`,
    { credentials: 'same-origin' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    status.textContent = body.detail || `The statistics could not be read (${response.status}).`;
    status.className = 'error';
    return;
  }
  status.textContent = `Fiscal year ${year}: agreements, states and officers as of ${body.asOf}; warrants served from ${body.servedFrom}.`;
  document.getElementById('model-title').textContent = model;
  document.getElementById('agreements').textContent = body.agreements;
  document.getElementById('agreements-label').textContent = `${model} agreements`;
  document.getElementById('states').textContent = body.states;
  document.getElementById('officers').textContent = body.credentialedOfficers;
  document.getElementById('warrants').textContent = body.warrantsServed;
  const o = body.oversight || {};
  const absent = v => v === null || v === undefined;
  const figure = (id, value, words) => {
    const element = document.getElementById(id);
    element.textContent = absent(value) ? words : value;
    element.className = absent(value) ? 'in-words' : '';
  };
  figure('complaints', o.complaintsReceived, '–');
  figure('notices-on-time', o.complaintNoticesOnTime, '–');
  figure('reviews-on-time', absent(o.reviewsDue) ? null : `${o.reviewsOnTime} / ${o.reviewsDue}`, '–');
  figure('agencies-on-time', absent(o.shareOfAgenciesWithEveryReviewOnTime) ? null
    : `${Math.round(o.shareOfAgenciesWithEveryReviewOnTime * 1000) / 10} %`, 'no review due');
  const rows = document.getElementById('by-state');
  rows.replaceChildren(...body.byState.map(s => {
    const tr = document.createElement('tr');
    [s.state, s.agreements, s.credentialedOfficers, s.warrantsServed].forEach(v => {
      const td = document.createElement('td');
      td.textContent = v;
      tr.appendChild(td);
    });
    return tr;
  }));
}

form.addEventListener('submit', event => { event.preventDefault(); show(); });
show();
