// The national dashboard: logs in at identity-service, reads /api/v1/stats/* and follows the SSE stream.
'use strict';

const TEXT = {
  kk: { roles: { ANALYST: 'Талдаушы', NATIONAL_ADMIN: 'Ұлттық әкімші', REGIONAL_OPERATOR: 'Өңірлік оператор' },
        title: 'Ерікті паспорты — ұлттық көрсеткіштер', signIn: 'Кіру', logout: 'Шығу', username: 'Пайдаланушы',
        password: 'Құпиясөз', volunteers: 'Тіркелген еріктілер', activeVolunteers: 'Белсенді еріктілер (90 күн)',
        verifiedHours: 'Расталған сағаттар', organizations: 'Расталған ұйымдар', byRegion: 'Өңірлер бойынша сағаттар',
        byCategory: 'Бағыттар бойынша сағаттар', byProgramme: 'Ұлттық бағдарламалар бойынша сағаттар',
        perMinute: 'Минутына расталған іс-шаралар', connecting: 'Қосылуда…', live: 'Тікелей', offline: 'Байланыс үзілді',
        updated: 'Жаңартылды', denied: 'Бұл бетке талдаушы, оператор немесе ұлттық әкімші кіре алады',
        failed: 'Кіру сәтсіз: пайдаланушы атын не құпиясөзді тексеріңіз', signedInAs: 'Кірген', yourRegion: 'сіздің өңіріңіз',
        categories: { ECOLOGY: 'Экология', EDUCATION: 'Білім', SOCIAL: 'Әлеуметтік', HEALTH: 'Денсаулық', CULTURE: 'Мәдениет',
          SPORT: 'Спорт', EMERGENCY: 'Төтенше жағдай', ANIMALS: 'Жануарлар', DIGITAL: 'Цифрлық', CIVIC: 'Азаматтық' } },
  ru: { roles: { ANALYST: 'Аналитик', NATIONAL_ADMIN: 'Национальный администратор', REGIONAL_OPERATOR: 'Региональный оператор' },
        title: 'Паспорт волонтёра — национальные показатели', signIn: 'Войти', logout: 'Выйти', username: 'Пользователь',
        password: 'Пароль', volunteers: 'Зарегистрировано волонтёров', activeVolunteers: 'Активные волонтёры (90 дней)',
        verifiedHours: 'Подтверждённые часы', organizations: 'Проверенные организации', byRegion: 'Часы по регионам',
        byCategory: 'Часы по направлениям', byProgramme: 'Часы по национальным программам',
        perMinute: 'Подтверждения в минуту', connecting: 'Подключение…', live: 'В эфире', offline: 'Нет связи',
        updated: 'Обновлено', denied: 'Страница доступна аналитикам, операторам и национальным администраторам',
        failed: 'Не удалось войти: проверьте имя и пароль', signedInAs: 'Вход выполнен', yourRegion: 'ваш регион',
        categories: { ECOLOGY: 'Экология', EDUCATION: 'Образование', SOCIAL: 'Социальная помощь', HEALTH: 'Здоровье',
          CULTURE: 'Культура', SPORT: 'Спорт', EMERGENCY: 'ЧС', ANIMALS: 'Животные', DIGITAL: 'Цифровое', CIVIC: 'Гражданское' } },
  en: { roles: { ANALYST: 'Analyst', NATIONAL_ADMIN: 'National admin', REGIONAL_OPERATOR: 'Regional operator' },
        title: 'Volunteer Passport — national figures', signIn: 'Sign in', logout: 'Sign out', username: 'Username',
        password: 'Password', volunteers: 'Registered volunteers', activeVolunteers: 'Active volunteers (90 days)',
        verifiedHours: 'Verified hours', organizations: 'Verified organizations', byRegion: 'Hours by region',
        byCategory: 'Hours by field', byProgramme: 'Hours by national programme',
        perMinute: 'Verifications per minute', connecting: 'Connecting…', live: 'Live', offline: 'Disconnected',
        updated: 'Updated', denied: 'This page is for analysts, operators and national admins',
        failed: 'Sign-in failed: check the username and password', signedInAs: 'Signed in as', yourRegion: 'your region',
        categories: { ECOLOGY: 'Ecology', EDUCATION: 'Education', SOCIAL: 'Social', HEALTH: 'Health', CULTURE: 'Culture',
          SPORT: 'Sport', EMERGENCY: 'Emergency', ANIMALS: 'Animals', DIGITAL: 'Digital', CIVIC: 'Civic' } },
};
const ROLES = ['ANALYST', 'NATIONAL_ADMIN', 'REGIONAL_OPERATOR'];

const state = { lang: localStorage.getItem('dvp.lang') || 'kk', token: sessionStorage.getItem('dvp.token'),
                claims: null, config: null, programmes: {}, national: null, regions: null, stream: null };
const charts = {};
const $ = id => document.getElementById(id);
const t = key => TEXT[state.lang][key];
const number = value => Number(value).toLocaleString(state.lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 });

function claimsOf(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(escape(atob(payload))));
}

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
  document.querySelectorAll('[data-lang]').forEach(b => b.classList.toggle('active', b.dataset.lang === state.lang));
  if (state.claims) {
    $('who').textContent = `${t('signedInAs')}: ${(state.claims.groups || []).map(g => t('roles')[g] || g).join(', ')}`
      + (state.claims.region ? ` · ${regionName(state.claims.region)} (${t('yourRegion')})` : '');
  }
  render();
}

function regionName(code) {
  const region = (state.regions || []).find(r => r.region === code);
  if (!region) return code;
  return { kk: region.nameKk, ru: region.nameRu, en: region.nameEn }[state.lang];
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${state.token}`, Accept: 'application/json' } });
  if (response.status === 401) { logout(); throw new Error('expired'); }
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function login(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  const form = new URLSearchParams({ grant_type: 'password', username: $('username').value, password: $('password').value });
  const response = await fetch(`${state.config.identityUrl}/oauth2/token`, { method: 'POST', body: form });
  if (!response.ok) { $('login-error').textContent = t('failed'); return; }
  const token = (await response.json()).access_token;
  if (!ROLES.some(role => (claimsOf(token).groups || []).includes(role))) { $('login-error').textContent = t('denied'); return; }
  state.token = token;
  sessionStorage.setItem('dvp.token', token);
  start();
}

function logout() {
  sessionStorage.removeItem('dvp.token');
  state.token = null;
  if (state.stream) state.stream.abort();
  $('board').hidden = true; $('login-panel').hidden = false; $('logout').hidden = true;
}

async function start() {
  state.claims = claimsOf(state.token);
  $('login-panel').hidden = true; $('board').hidden = false; $('logout').hidden = false;
  for (const id of ['regions', 'categories', 'programmes', 'minutes']) {
    charts[id] = charts[id] || echarts.init($(`chart-${id}`));
    charts[id].setOption({ animation: false }); // figures change every second: no tweening to distract
  }
  try {
    const programmes = await fetch(`${state.config.orgUrl}/api/v1/programs`).then(r => r.ok ? r.json() : []);
    programmes.forEach(p => { state.programmes[p.code] = p; });
  } catch (e) { /* names fall back to codes */ }
  [state.national, state.regions] = await Promise.all([api('/api/v1/stats/national'), api('/api/v1/stats/regions')]);
  translate();
  follow();
}

/** Server-Sent Events with the bearer token (EventSource cannot send one): fetch and read the stream. */
async function follow() {
  state.stream = new AbortController();
  let lastRegions = Date.now();
  try {
    const response = await fetch('/api/v1/stats/stream', { signal: state.stream.signal,
      headers: { Authorization: `Bearer ${state.token}`, Accept: 'text/event-stream' } });
    if (!response.ok) throw new Error(`stream: ${response.status}`);
    $('live').textContent = t('live'); $('live').dataset.text = 'live';
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer.slice(0, end).split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n');
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        state.national = JSON.parse(data);
        if (Date.now() - lastRegions > 5000) { lastRegions = Date.now(); state.regions = await api('/api/v1/stats/regions'); }
        render();
      }
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
  }
  $('live').textContent = t('offline'); $('live').dataset.text = 'offline';
  if (state.token) setTimeout(follow, 3000);
}

function render() {
  const n = state.national;
  if (!n || !charts.regions) return;
  $('total-volunteers').textContent = number(n.registeredVolunteers);
  $('total-active').textContent = number(n.activeVolunteers);
  $('total-hours').textContent = number(n.verifiedHours);
  $('total-organizations').textContent = number(n.verifiedOrganizations);
  $('updated').textContent = new Date().toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'ru-RU');

  const own = state.claims.region;
  const ranked = [...state.regions].sort((a, b) => a.figures.verifiedHours - b.figures.verifiedHours);
  charts.regions.setOption({
    grid: { left: 170, right: 30, top: 10, bottom: 25 }, tooltip: {},
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: ranked.map(r => regionName(r.region)) },
    series: [{ type: 'bar', data: ranked.map(r => ({ value: Number(r.figures.verifiedHours),
      itemStyle: { color: r.region === own ? '#f2b705' : '#00a3c4' } })) }] });
  const categories = Object.entries(n.hoursByCategory);
  charts.categories.setOption({ tooltip: {}, series: [{ type: 'pie', radius: ['35%', '70%'],
    data: categories.map(([k, v]) => ({ name: t('categories')[k] || k, value: Number(v) })) }] });
  const programmes = Object.entries(n.hoursByProgram);
  charts.programmes.setOption({ grid: { left: 160, right: 30, top: 10, bottom: 25 }, tooltip: {},
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: programmes.map(([k]) => programmeName(k)) },
    series: [{ type: 'bar', data: programmes.map(([, v]) => Number(v)), itemStyle: { color: '#2f8f4e' } }] });
  const minutes = Object.entries(n.verificationsByMinute);
  charts.minutes.setOption({ grid: { left: 40, right: 20, top: 10, bottom: 25 }, tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: minutes.map(([m]) => new Date(m).toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' })) },
    yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'line', areaStyle: {}, smooth: true, data: minutes.map(([, c]) => c) }] });
}

function programmeName(code) {
  const p = state.programmes[code];
  return p ? { kk: p.nameKk, ru: p.nameRu, en: p.nameEn }[state.lang] : code;
}

document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', () => {
  state.lang = b.dataset.lang; localStorage.setItem('dvp.lang', state.lang); translate();
}));
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
$('login').addEventListener('submit', login);
$('logout').addEventListener('click', logout);

fetch('config.json').then(r => r.json()).then(config => {
  state.config = config;
  translate();
  if (state.token) start().catch(logout);
});
