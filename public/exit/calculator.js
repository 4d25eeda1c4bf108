// A small four-function calculator: digits and operators build an
// expression; "=" evaluates it with a tiny parser (no eval). The expression
// is kept in ASCII; the display writes it the page's way, from the display's
// data-digits (ten digits, zero first), data-decimal and data-error.
(() => {
  const display = document.getElementById('display');
  const digits = display.dataset.digits?.length === 10 ? Array.from(display.dataset.digits) : null;
  const decimal = display.dataset.decimal || '.';
  const error = 'Error';
  const errorText = display.dataset.error || error;
  const SIGNS = { '*': '\u00d7', '/': '\u00f7', '-': '\u2212' };
  let expression = '';

  function shown(text) {
    if (text === error) return errorText;
    return Array.from(text, (char) => {
      if (char === '.') return decimal;
      if (digits && char >= '0' && char <= '9') return digits[Number(char)];
      return SIGNS[char] ?? char;
    }).join('');
  }

  function evaluate(text) {
    let index = 0;
    const peek = () => text[index];
    const number = () => {
      if (peek() === '(') {
        index += 1;
        const value = sum();
        index += 1;
        return value;
      }
      if (peek() === '-') {
        index += 1;
        return -number();
      }
      const start = index;
      while (index < text.length && /[0-9.]/.test(text[index])) index += 1;
      return Number.parseFloat(text.slice(start, index));
    };
    const product = () => {
      let value = number();
      while (peek() === '*' || peek() === '/') {
        const op = text[index++];
        const next = number();
        value = op === '*' ? value * next : value / next;
      }
      return value;
    };
    const sum = () => {
      let value = product();
      while (peek() === '+' || peek() === '-') {
        const op = text[index++];
        const next = product();
        value = op === '+' ? value + next : value - next;
      }
      return value;
    };
    const result = sum();
    return Number.isFinite(result) ? String(Math.round(result * 1e10) / 1e10) : error;
  }

  document.querySelector('.calc').addEventListener('click', (event) => {
    const key = event.target.closest('button')?.dataset.key;
    if (!key) return;
    if (key === 'C') expression = '';
    else if (key === '=') expression = evaluate(expression);
    else expression = (expression === error ? '' : expression) + key;
    display.textContent = shown(expression || '0');
  });
})();
