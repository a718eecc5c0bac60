import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Built by Maven into the jar's static files; `npm run dev` proxies the API to a running jar.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: process.env.HOTLINE_STATIC_DIR || '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/logout': 'http://localhost:8080'
    }
  }
})
