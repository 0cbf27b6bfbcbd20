from rutan_desk.app import run

run()
