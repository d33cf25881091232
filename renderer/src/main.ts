// Renderer entry: picks the client for this window (desktop bridge or HTTP), provides it and mounts the app.
import { createApp, h } from 'vue';
import App from './App.vue';
import { createLabClient } from './api';
import { provideLab } from './api/inject';
import { provideSaveFile } from './composables/useSaveFile';
import './styles/base.css';

const client = createLabClient();
createApp({
  setup() {
    provideLab(client);
    provideSaveFile(client.saveFile);
    return () => h(App);
  },
}).mount('#app');
