window.readClipboard = () => {
  const sink = document.getElementById('sink');
  sink.value = '';
  sink.focus();
  let html = '';
  let plain = '';
  document.addEventListener(
    'paste',
    (event) => {
      html = event.clipboardData.getData('text/html');
      plain = event.clipboardData.getData('text/plain');
    },
    { once: true, capture: true },
  );
  const ok = document.execCommand('paste');
  return { ok, text: plain || sink.value, html };
};
