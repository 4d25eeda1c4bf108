// A small four-function calculator: digits and operators build an
// expression; "=" evaluates it with a tiny parser (no eval).
(() => {
  const display = document.getElementById('display');
  let expression = '';

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
    return Number.isFinite(result) ? String(Math.round(result * 1e10) / 1e10) : 'Error';
  }

  document.querySelector('.calc').addEventListener('click', (event) => {
    const key = event.target.closest('button')?.dataset.key;
    if (!key) return;
    if (key === 'C') expression = '';
    else if (key === '=') expression = evaluate(expression);
    else expression = (expression === 'Error' ? '' : expression) + key;
    display.textContent = expression || '0';
  });
})();
