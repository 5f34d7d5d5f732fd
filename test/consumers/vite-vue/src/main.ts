import { createApp } from 'vue';
import 'kith-ui/define/strengths-radar';
import 'kith-ui/define/sharing-agreement';
import App from './App.vue';

createApp(App).mount('#app');
void customElements.whenDefined('kith-strengths-radar').then(() => {
  requestAnimationFrame(() => ((window as { kithConsumerReady?: boolean }).kithConsumerReady = true));
});
